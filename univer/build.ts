// NOTE: placeholder until the univer host build lands; it writes nothing.
export async function buildUniver(): Promise<void> {}
