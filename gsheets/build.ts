// NOTE: placeholder until the gsheets host build lands; it writes nothing.
export async function buildGsheets(): Promise<void> {}
