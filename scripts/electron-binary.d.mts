export declare function findElectron(): { path: string | null; reason: string | null }
export declare function downloadElectron(timeoutMs?: number): Promise<string | null>
