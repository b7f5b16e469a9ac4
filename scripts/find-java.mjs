// Finds the Java that runs the W3C Nu HTML Checker (vnu.jar), which validates exported pages.
import { spawnSync } from 'node:child_process'

/** What to install when there is no Java, said the way `npm test` says it for the browser. */
export const JAVA_HINT = `The HTML export tests validate pages with the W3C Nu HTML Checker (vnu.jar), which needs Java.
Install it, then run npm test again:
  Debian/Ubuntu:  sudo apt-get install -y default-jre-headless
  macOS:          brew install openjdk
  Windows:        winget install EclipseAdoptium.Temurin.21.JRE
Or point MIDAD_JAVA at a java executable.`

/** The java executable to use, or null when none runs. */
export function findJava() {
  const candidate = process.env.MIDAD_JAVA || 'java'
  const result = spawnSync(candidate, ['-version'], { stdio: 'ignore' })
  return result.status === 0 ? candidate : null
}
