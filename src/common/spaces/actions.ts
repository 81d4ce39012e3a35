// Summer Family-Friendly Spaces actions: payload and result schemas.
// Merged into the api contract by src/common/api.ts.
export const spacesActions = {} as const
