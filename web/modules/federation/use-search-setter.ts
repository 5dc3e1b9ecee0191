import { useSearchParams } from 'react-router-dom';

/** The page's search parameters and a setter of several at once (null removes one), replacing the history entry. */
export function useSearchSetter() {
  const [search, setSearch] = useSearchParams();
  const setParams = (changes: Record<string, string | null>) =>
    setSearch(
      (previous) => {
        const next = new URLSearchParams(previous);
        Object.entries(changes).forEach(([key, value]) => (value === null ? next.delete(key) : next.set(key, value)));
        return next;
      },
      { replace: true },
    );
  return [search, setParams] as const;
}
