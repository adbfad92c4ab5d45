// NOTE: placeholder until the excel host build lands; it writes nothing.
export async function buildExcel(): Promise<void> {}
