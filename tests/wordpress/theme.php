<?php
/**
 * The only template of the "midad-test" theme that tests/wordpress/start.sh
 * writes into the throw-away WordPress (as wp-content/themes/midad-test/index.php,
 * next to a generated style.css). Debian's `wordpress` package ships no theme
 * (the default ones are separate, recommended packages), so the site brings
 * its own: a plain page with the title, featured image, content, terms and
 * approved comments, enough for tests to check what a reader sees.
 */
?><!DOCTYPE html>
<html <?php language_attributes(); ?>>
<head>
<meta charset="<?php bloginfo('charset'); ?>">
<?php wp_head(); ?>
</head>
<body <?php body_class(); ?>>
<header class="site-header"><a href="<?php echo esc_url(home_url('/')); ?>"><?php bloginfo('name'); ?></a></header>
<main>
<?php if (have_posts()) : ?>
    <?php while (have_posts()) : the_post(); ?>
<article id="post-<?php the_ID(); ?>" <?php post_class(); ?>>
    <h1 class="entry-title"><?php if (is_singular()) : the_title(); else : ?><a href="<?php the_permalink(); ?>"><?php the_title(); ?></a><?php endif; ?></h1>
    <time class="entry-date" datetime="<?php echo esc_attr(get_the_date('c')); ?>"><?php echo esc_html(get_the_date()); ?></time>
        <?php if (has_post_thumbnail()) : ?>
    <figure class="featured-image"><?php the_post_thumbnail('large'); ?></figure>
        <?php endif; ?>
    <div class="entry-content"><?php the_content(); ?></div>
    <footer class="entry-terms">
        <span class="categories"><?php the_category(' '); ?></span>
        <span class="tags"><?php the_tags('', ' '); ?></span>
    </footer>
        <?php if (is_singular()) : ?>
            <?php $midad_comments = get_comments(['post_id' => get_the_ID(), 'status' => 'approve', 'order' => 'ASC']); ?>
            <?php if ($midad_comments) : ?>
    <ol class="comment-list"><?php wp_list_comments(['style' => 'ol'], $midad_comments); ?></ol>
            <?php endif; ?>
        <?php endif; ?>
</article>
    <?php endwhile; ?>
<?php else : ?>
<p class="nothing-found"><?php esc_html_e('Nothing Found'); ?></p>
<?php endif; ?>
</main>
<?php wp_footer(); ?>
</body>
</html>
