// Learning actions (Migrant Parent Training): payload and result schemas.
// Merged into the api contract by src/common/api.ts.
export const learningActions = {} as const
