// Whose approval a pull request needs, as GitHub will ask for it: each changed file needs one approval from any
// one of the owners of the last CODEOWNERS rule that matches it. Files are grouped by those owners, so the
// review says "one of @a, @b for these files", never a list that reads as if everyone must approve.

import type { ApprovalOwners } from './review-data.ts';

export function approvalGroups(files: readonly string[], ownersOfFile: (file: string) => readonly string[]): ApprovalOwners[] {
  const byOwners = new Map<string, ApprovalOwners>();
  for (const file of files) {
    const owners = [...new Set(ownersOfFile(file))].sort();
    if (!owners.length) continue;
    const key = owners.join(' ');
    const group = byOwners.get(key) ?? { owners, files: [] };
    group.files.push(file);
    byOwners.set(key, group);
  }
  return [...byOwners.values()].sort((a, b) => (a.owners.join(' ') < b.owners.join(' ') ? -1 : 1));
}
