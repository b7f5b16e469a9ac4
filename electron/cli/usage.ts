export { MIDAD_VERSION } from '../../shared/app-version'

export const USAGE = `Usage: midad <command> [options]

Commands:
  serve  [--data-dir D] [--port P]   Run browser mode on 127.0.0.1 and print its address
  list   [--data-dir D] [--json]     List the articles, most recently updated first
  import FILE [--json] [--data-dir D]
                                     Import a .txt, .html, .md or .docx file as a new draft;
                                     prints its id. Site boilerplate (comment form, share
                                     buttons, related-article lines, the headline repeated…)
                                     is taken out and counted on stderr, as are images left
                                     out; --json prints the id, the title, each removed block
                                     with its reason, and the images
  lint ID [--json] [--data-dir D]
                                     Check an article against the house style (the Style check
                                     panel's rules: tatweel, quotation marks, punctuation,
                                     digits, spaces, repeated words, lengths…). One line per
                                     finding: rule, field and range, excerpt, suggested fix;
                                     findings ignored in the editor are left out. --json prints
                                     them as an array. Exits 3 when there are findings
  export ID --out FILE.html [--data-dir D]
                                     Export one article as a standalone HTML page (styles, font
                                     and images inside it); prints the path written
  export --all --out DIR [--status published] [--site-url URL] [--site-title T] [--data-dir D]
                                     Export the site (all articles, or the published ones) as
                                     static pages in DIR: index, article and tag pages,
                                     feed.xml, sitemap.xml, assets/. Only what changed since the
                                     last export is written; prints progress, then a summary.
                                     --site-url and --site-title set the site's address and
                                     name (remembered). Ctrl+C cancels, leaving DIR as it was
  target add wordpress --name N --url U --user X --app-password P [--data-dir D]
  target add folder --name N --dir DIR [--data-dir D]
                                     Add a publishing target: a WordPress site (an Application
                                     Password from its Users → Profile screen) or a folder
                                     (publishing writes the static site there); prints its id
  target list [--data-dir D] [--json]
                                     List the publishing targets (never their passwords)
  publish ID [--target N] [--schedule ISO-DATE] [--data-dir D]
                                     Publish an article (checked first by the pre-publish
                                     checks) to the target (needed when there are several);
                                     prints the post's link or the page's file. --schedule
                                     makes it go live then (e.g. 2026-12-01T09:00:00+03:00)
  unpublish ID [--target N] [--data-dir D]
                                     Take a published article back to draft, on the target too
  comments import FILE [--data-dir D]
                                     Import comments from a JSON file (see
                                     docs/comments-import.md) or a WordPress export (WXR, .xml);
                                     the rules decide each one's queue. Prints counts per status
  comments list [--status pending|approved|spam|trash] [--json] [--data-dir D]
                                     List one queue, or all four, newest first
  comments rules --show [--json] [--data-dir D]
  comments rules --set FILE.json [--data-dir D]
                                     Show the auto-moderation rules (--json: as a file), or
                                     replace them with a file's: holdWords, spamWords, maxLinks,
                                     holdFirstTime
  comments moderate ID --status approved|pending|spam|trash [--data-dir D]
                                     Move one comment to a queue; prints its new status
  comments audit [--csv | --json] [--data-dir D]
                                     Print the moderation log, newest first (--csv: as CSV)
  backup [--data-dir D]              Back up the data directory now, to D/backups/<today>
  restore BACKUP [--data-dir D] [--yes]
                                     Replace the data with a backup: a folder, or a day such as
                                     2026-11-24 in D/backups. Shows what it replaces and asks
                                     first (--yes: do not ask); the replaced data is kept in
                                     D/backups/pre-restore-<time>

Options:
  --data-dir D   Data directory (default: $MIDAD_DATA_DIR, else the app's user-data folder)
  --out FILE     export: the file to write (replaced if it exists); with --all, the folder
  -y, --yes      restore: replace without asking (needed when there is no terminal)
  -h, --help     Show this help (also: midad help)
  -v, --version  Show the version

The app backs up its data directory once a day to D/backups/<YYYY-MM-DD>, keeping the newest 7.

Exit codes: 0 success, 1 wrong usage, 2 bad input or data (or a restore not confirmed, or a
target that refused or could not be reached, with its own message), 3 lint found something.`
