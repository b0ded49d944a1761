/**
 * Appends a row as the next revision of something (a score's area and month, a risk): reads the
 * highest revision, inserts the one after; when another writer took that number first (the
 * primary key refuses it), reads again and tries the next. No transactions on Forge SQL, so the
 * key is what orders concurrent writers.
 */
export async function appendRevision(
  highest: () => Promise<number | null>,
  insert: (revision: number) => Promise<void>,
  attempts = 5,
): Promise<number> {
  for (let i = 1; ; i += 1) {
    const revision = ((await highest()) ?? 0) + 1;
    try {
      await insert(revision);
      return revision;
    } catch (error) {
      const taken = (await highest()) ?? 0;
      if (taken < revision || i >= attempts) throw error;
    }
  }
}
