import { isAbsolute, join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultDataDir, resolveDataDir } from '../../electron/paths/data-dir'
import { externalHttpUrl } from '../../electron/security/external-url'

const home = '/home/layla'

describe('defaultDataDir', () => {
  it('uses ~/.config/Midad on Linux without XDG_CONFIG_HOME', () => {
    expect(defaultDataDir({ platform: 'linux', env: {}, home })).toBe(
      join(home, '.config', 'Midad'),
    )
    expect(defaultDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: '' }, home })).toBe(
      join(home, '.config', 'Midad'),
    )
  })

  it('uses $XDG_CONFIG_HOME/Midad on Linux when it is set', () => {
    const env = { XDG_CONFIG_HOME: '/srv/config' }
    expect(defaultDataDir({ platform: 'linux', env, home })).toBe(join('/srv/config', 'Midad'))
  })

  it('uses ~/Library/Application Support/Midad on macOS, ignoring XDG', () => {
    const env = { XDG_CONFIG_HOME: '/srv/config' }
    expect(defaultDataDir({ platform: 'darwin', env, home: '/Users/layla' })).toBe(
      join('/Users/layla', 'Library', 'Application Support', 'Midad'),
    )
  })

  it('uses %APPDATA%\\Midad on Windows, or the usual Roaming folder without APPDATA', () => {
    const appData = 'C:\\Users\\layla\\AppData\\Roaming'
    const winHome = 'C:\\Users\\layla'
    expect(defaultDataDir({ platform: 'win32', env: { APPDATA: appData }, home: winHome })).toBe(
      join(appData, 'Midad'),
    )
    expect(defaultDataDir({ platform: 'win32', env: {}, home: winHome })).toBe(
      join(winHome, 'AppData', 'Roaming', 'Midad'),
    )
  })
})

describe('resolveDataDir', () => {
  const pe = { platform: 'linux' as const, home, env: { MIDAD_DATA_DIR: '/data/from-env' } }

  it('prefers the --data-dir flag over MIDAD_DATA_DIR and the default', () => {
    expect(resolveDataDir('/data/from-flag', pe)).toBe('/data/from-flag')
  })

  it('resolves a relative flag against the working directory', () => {
    const dir = resolveDataDir('newsroom/data', pe)
    expect(isAbsolute(dir)).toBe(true)
    expect(dir).toBe(resolve('newsroom/data'))
  })

  it('uses MIDAD_DATA_DIR when there is no flag', () => {
    expect(resolveDataDir(undefined, pe)).toBe('/data/from-env')
    expect(resolveDataDir('', pe)).toBe('/data/from-env')
    const relative = { ...pe, env: { MIDAD_DATA_DIR: 'rel/dir' } }
    expect(resolveDataDir(undefined, relative)).toBe(resolve('rel/dir'))
  })

  it('falls back to the platform default', () => {
    expect(resolveDataDir(undefined, { ...pe, env: {} })).toBe(join(home, '.config', 'Midad'))
    expect(resolveDataDir(undefined, { ...pe, env: { MIDAD_DATA_DIR: '' } })).toBe(
      join(home, '.config', 'Midad'),
    )
  })
})

describe('externalHttpUrl', () => {
  it('accepts http and https addresses', () => {
    expect(externalHttpUrl('https://example.com/news?id=1')?.href).toBe(
      'https://example.com/news?id=1',
    )
    expect(externalHttpUrl('http://example.org')?.protocol).toBe('http:')
    expect(externalHttpUrl('HTTPS://EXAMPLE.COM/')?.href).toBe('https://example.com/')
  })

  it('refuses every other scheme, however it is disguised', () => {
    const refused = [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'javascript:alert(1)//https://x',
      'javascript://https://example.com/%0Aalert(1)',
      'file:///etc/passwd',
      'data:text/html,<script>alert(1)</script>',
      'mailto:desk@example.com',
      'ftp://example.com/file',
      'midad://app/index.html',
    ]
    for (const raw of refused) expect(externalHttpUrl(raw), raw).toBeNull()
  })

  it('refuses garbage and relative addresses', () => {
    for (const raw of ['', 'not a url', 'https//missing-colon', '//example.com', '/local']) {
      expect(externalHttpUrl(raw), raw).toBeNull()
    }
  })
})
