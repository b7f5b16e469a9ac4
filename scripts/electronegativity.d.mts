import type { Annotation, Finding, Verdict } from './security-findings.mjs'

export interface ServedPolicy {
  source: string
  csp: string
}
export interface ScanResult {
  electron: string
  checks: number
  findings: Finding[]
  errors: { file: string; message: string }[]
  annotations: Annotation[]
}
export declare const SCANNED: string[]
export declare const EXCLUDED_CHECKS: string[]
export declare function servedPolicies(root?: string): Promise<ServedPolicy[]>
export declare function scan(options?: {
  root?: string
  policies?: ServedPolicy[]
}): Promise<ScanResult>
export declare function audit(root?: string): Promise<ScanResult & Verdict>
