export interface Finding {
  id: string
  severity: 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH'
  confidence: 'TENTATIVE' | 'FIRM' | 'CERTAIN'
  file: string
  line: number
  column: number
  manualReview: boolean
  description: string
}
export interface Annotation {
  id: string
  file: string
  line: number
}
export interface Accepted {
  id: string
  file: string
  severity: string
  reason: string
}
export interface Reviewed {
  id: string
  file: string
  reason: string
}
export interface Verdict {
  accepted: Accepted[]
  reviewed: Reviewed[]
  blocking: Finding[]
  unlisted: Annotation[]
}
export declare const ACCEPTED_HEADING: string
export declare const REVIEWED_HEADING: string
export declare function tableRows(markdown: string, heading: string): string[][]
export declare function acceptedFindings(markdown: string): Accepted[]
export declare function reviewedInCode(markdown: string): Reviewed[]
export declare function annotationsIn(file: string, text: string): Annotation[]
export declare function auditVerdict(
  scan: { findings: Finding[]; annotations: Annotation[] },
  markdown: string,
): Verdict
export declare function describeFinding(finding: Finding): string
