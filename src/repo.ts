/**
 * The source repository's web address, from PUBLIC_REPO_URL (the deploy workflow sets it from the
 * repository it runs in, so a fork links to itself). Without it, pages leave the links out.
 */
export function repoUrl(): string | null {
  const raw = (import.meta.env.PUBLIC_REPO_URL as string | undefined)?.trim();
  if (!raw || !/^https:\/\/[^\s"<>]+$/.test(raw)) return null;
  return raw.replace(/\/+$/, '');
}

/** "Suggest a fix": the repository's edit page for a lesson file. @example editUrl('ko', 'relu') */
export function editUrl(lang: string, slug: string): string | null {
  const repo = repoUrl();
  return repo ? `${repo}/edit/main/content/lessons/${lang}/${slug}.mdx` : null;
}
