#!/usr/bin/env node
// The `midad` command. Builds the app first when its sources changed (e.g. right after
// `npm install`), then runs the CLI bundle.
import { ensureBuilt } from '../scripts/build.mjs'

await ensureBuilt()
await import('../dist/node/cli.mjs')
