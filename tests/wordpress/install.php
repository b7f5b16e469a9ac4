<?php
/**
 * Installs the throw-away WordPress that tests/wordpress/start.sh has copied,
 * from the command line, before any web server runs:
 *
 *   php install.php <wordpress dir> <result json file>
 *
 * Reads MIDAD_WP_URL, MIDAD_WP_USER, MIDAD_WP_PASSWORD, MIDAD_WP_EMAIL,
 * MIDAD_WP_TITLE, MIDAD_WP_DISPLAY_NAME, MIDAD_WP_TIMEZONE from the
 * environment. Installs in Arabic (ar), sets /%postname%/ permalinks, renames
 * the admin and creates an Application Password for it, then writes
 * {"user","userId","password","appPassword"} to the result file.
 *
 * Everything runs inside functions: WordPress keeps its state in globals
 * ($wp, $locale, $post, $wpdb...), which a top-level variable would clobber.
 */

if (PHP_SAPI !== 'cli' || $argc !== 3) {
    fwrite(STDERR, "usage: php install.php <wordpress dir> <result json file>\n");
    exit(2);
}

function midad_env(string $name, ?string $default = null): string
{
    $value = getenv($name);
    if ($value === false || $value === '') {
        if ($default === null) {
            fwrite(STDERR, "install.php: $name is not set\n");
            exit(2);
        }
        return $default;
    }
    return $value;
}

function midad_fail(string $message): void
{
    fwrite(STDERR, "install.php: $message\n");
    exit(1);
}

function midad_fake_request(): void
{
    $parts = parse_url(midad_env('MIDAD_WP_URL'));
    $host = $parts['host'] . (isset($parts['port']) ? ':' . $parts['port'] : '');
    $_SERVER['HTTP_HOST'] = $host;
    $_SERVER['SERVER_NAME'] = $parts['host'];
    $_SERVER['SERVER_PORT'] = (string) ($parts['port'] ?? 80);
    $_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
    $_SERVER['REQUEST_METHOD'] = 'GET';
    $_SERVER['REQUEST_URI'] = '/';
    $_SERVER['REMOTE_ADDR'] = '127.0.0.1';
}

function midad_install(string $result_file): void
{
    global $wp_rewrite;

    if (is_blog_installed()) {
        midad_fail('WordPress is already installed in this database');
    }

    // What wp-admin/install.php does for a chosen language: load it before
    // installing, so the default content (first post, "Uncategorized"...) is
    // in Arabic, then pass it on so wp_install() stores WPLANG = ar.
    $language = 'ar';
    if (!load_default_textdomain($language)) {
        midad_fail("no '$language' translation in " . WP_LANG_DIR . ' (wordpress-l10n)');
    }
    $GLOBALS['wp_locale'] = new WP_Locale();

    $user_login = midad_env('MIDAD_WP_USER');
    $password = midad_env('MIDAD_WP_PASSWORD');
    $installed = wp_install(
        midad_env('MIDAD_WP_TITLE'),
        $user_login,
        midad_env('MIDAD_WP_EMAIL'),
        true,
        '',
        wp_slash($password),
        $language
    );
    $user_id = (int) $installed['user_id'];
    if ($user_id <= 0) {
        midad_fail('wp_install() created no user');
    }
    if (get_option('WPLANG') !== $language) {
        midad_fail('the site language is ' . var_export(get_option('WPLANG'), true) . ", not $language");
    }

    $display_name = midad_env('MIDAD_WP_DISPLAY_NAME');
    $updated = wp_update_user([
        'ID' => $user_id,
        'display_name' => $display_name,
        'nickname' => $display_name,
        'first_name' => $display_name,
    ]);
    if (is_wp_error($updated)) {
        midad_fail('wp_update_user: ' . $updated->get_error_message());
    }

    update_option('timezone_string', midad_env('MIDAD_WP_TIMEZONE', 'UTC'));
    update_option('gmt_offset', 0);

    // Pretty permalinks. The router script stands in for mod_rewrite, so no
    // .htaccess is written (soft flush).
    $wp_rewrite->set_permalink_structure('/%postname%/');
    flush_rewrite_rules(false);
    if (get_option('permalink_structure') !== '/%postname%/' || !get_option('rewrite_rules')) {
        midad_fail('permalinks were not saved');
    }

    $theme = wp_get_theme();
    if (!$theme->exists() || $theme->errors()) {
        midad_fail('theme ' . get_stylesheet() . ' is missing or broken');
    }

    if (!wp_is_application_passwords_available()) {
        midad_fail("Application Passwords are not available (WP_ENVIRONMENT_TYPE is '" . wp_get_environment_type() . "')");
    }
    $created = WP_Application_Passwords::create_new_application_password($user_id, ['name' => 'midad-tests']);
    if (is_wp_error($created)) {
        midad_fail('application password: ' . $created->get_error_message());
    }

    $result = [
        'user' => $user_login,
        'userId' => $user_id,
        'password' => $password,
        'appPassword' => $created[0],
    ];
    $json = json_encode($result, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);
    if (file_put_contents($result_file, $json . "\n") === false) {
        midad_fail("cannot write $result_file");
    }
    fwrite(STDERR, sprintf(
        "install.php: WordPress %s installed in %s (%s), theme %s, user %s (#%d)\n",
        get_bloginfo('version'),
        get_option('WPLANG'),
        get_option('permalink_structure'),
        get_stylesheet(),
        $user_login,
        $user_id
    ));
}

midad_fake_request();
define('WP_INSTALLING', true);
require rtrim($argv[1], '/') . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
midad_install($argv[2]);
