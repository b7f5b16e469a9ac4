<?php
/**
 * Router for `php -S 127.0.0.1:PORT -t <wordpress copy> router.php`.
 *
 * The built-in server has no mod_rewrite: this script plays the part of
 * WordPress's .htaccess. An existing file (a static asset or a real PHP entry
 * point such as wp-login.php or wp-admin/post.php) and a folder with an
 * index.php (wp-admin/) are left to the built-in server (`return false`);
 * everything else, pretty permalinks and /wp-json/... included, goes to
 * WordPress's front controller, index.php.
 */

$midad_root = realpath($_SERVER['DOCUMENT_ROOT']);
$midad_path = rawurldecode((string) parse_url($_SERVER['REQUEST_URI'] ?? '/', PHP_URL_PATH));
$midad_file = $midad_path === '' ? false : realpath($midad_root . $midad_path);

if ($midad_file !== false && strncmp($midad_file, $midad_root . '/', strlen($midad_root) + 1) === 0) {
    if (is_file($midad_file)) {
        return false;
    }
    if (is_dir($midad_file) && is_file($midad_file . '/index.php')) {
        return false;
    }
}

$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['PHP_SELF'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $midad_root . '/index.php';
unset($midad_path, $midad_file);
chdir($midad_root);
require $midad_root . '/index.php';
