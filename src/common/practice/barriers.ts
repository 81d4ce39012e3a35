// What a parent can answer to "did you try it?", and what got in the way: tags shared by the
// check-in screen, the server, and the tips in content/tips (a tip's `barriers` say which
// obstacle it helps with). No imports: content.ts uses these too.
export const PRACTICE_ANSWERS = ['yes', 'a-bit', 'not-yet'] as const
export type PracticeAnswer = (typeof PRACTICE_ANSWERS)[number]

export const PRACTICE_BARRIERS = ['no-time', 'child-not-interested', 'forgot', 'other'] as const
export type PracticeBarrier = (typeof PRACTICE_BARRIERS)[number]

/** "yes" and "a bit" count as tried (the streak, the program's tried share). */
export const isTried = (answer: PracticeAnswer | null | undefined): boolean => answer === 'yes' || answer === 'a-bit'
