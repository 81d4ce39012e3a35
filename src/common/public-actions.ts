// Actions anyone may call with no identity: what a link shared to a chat opens (a tip, a lesson
// card), for a grandparent who never signed in. They read course content only: no caller, no user record,
// nothing personal in or out. The router runs them before the identity check, and the H5 dev
// gateway lets them through without a dev sign-in (everything else still needs one).
// No imports: the local cloud's gateway reads this list too.
export const PUBLIC_ACTIONS: readonly string[] = ['learning.tip.get', 'learning.card.get']

export const isPublicAction = (action: unknown): boolean => typeof action === 'string' && PUBLIC_ACTIONS.includes(action)
