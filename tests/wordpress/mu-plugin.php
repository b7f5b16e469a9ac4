<?php
/**
 * Plugin Name: Midad test site
 * Description: Copied into wp-content/mu-plugins/ of the throw-away WordPress
 *   that tests/wordpress/start.sh sets up. Never use it on a real site.
 */

if (!defined('ABSPATH')) {
    exit;
}

// Comment tests post comments through the REST API without logging in, and
// post several in a row.
add_filter('rest_allow_anonymous_comments', '__return_true');
add_filter('wp_is_comment_flood', '__return_false', 99);

// There is no mail server: report every mail as sent instead of letting
// PHPMailer fail (new-site, new-user and comment notifications).
add_filter('pre_wp_mail', '__return_true');

// The site's theme is tests/wordpress/theme.php; featured images need this.
add_action('after_setup_theme', static function () {
    add_theme_support('post-thumbnails');
    add_theme_support('title-tag');
});
