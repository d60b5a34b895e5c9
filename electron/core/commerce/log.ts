/** How commerce reports what it could not do (the composition root sends it to the studio's log). */
export type CommerceLog = (level: 'info' | 'warn' | 'error', message: string, data?: Record<string, unknown>) => void;
