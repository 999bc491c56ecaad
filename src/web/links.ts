// Paths of the web pages, built in one place so every link escapes its parts the same way.

export function devicePath(name: string, query: Record<string, string | number | null | undefined> = {}): string {
  return `/devices/${encodeURIComponent(name)}${queryString(query)}`;
}

export function articlePath(id: number, claimId?: number): string {
  return `/articles/${id}${claimId === undefined ? '' : `#claim-${claimId}`}`;
}

export function sourcePath(name: string): string {
  return `/sources/${encodeURIComponent(name)}`;
}

export function comparePath(names: readonly string[], currency?: string | null): string {
  const params = new URLSearchParams();
  for (const name of names) params.append('device', name);
  if (currency) params.set('currency', currency);
  const text = params.toString();
  return text ? `/compare?${text}` : '/compare';
}

export function queryString(query: Record<string, string | number | null | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== null && value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
