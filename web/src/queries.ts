import { type QueryKey, type UseQueryOptions, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { api, type Page, withQuery } from "./api.js";

/** The query key of a GET path. Invalidate with `queryClient.invalidateQueries({ queryKey: apiKey(path) })`. */
export const apiKey = (path: string): QueryKey => ["api", path];

type Extra<T> = Omit<UseQueryOptions<T, Error, T, QueryKey>, "queryKey" | "queryFn">;

/** GET a JSON resource; `refetchInterval` etc. pass through to TanStack Query. */
export function useApiQuery<T>(path: string | null, options: Extra<T> = {}) {
  return useQuery<T, Error, T, QueryKey>({
    queryKey: apiKey(path ?? ""),
    queryFn: ({ signal }) => api.get<T>(path ?? "", signal),
    enabled: path !== null && (options.enabled ?? true),
    ...options,
  });
}

/**
 * A cursor-paginated list (`{items, next_cursor}`) loaded page by page. `path` may carry filters;
 * the cursor is added as `?cursor=`. Feed `items`, `hasMore`, `loadMore` to DataTable.
 */
export function useCursorList<T>(
  path: string | null,
  options: { refetchInterval?: number; limit?: number } = {},
) {
  const q = useInfiniteQuery({
    queryKey: [...apiKey(path ?? ""), "pages"],
    enabled: path !== null,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<T>>(withQuery(path ?? "", { cursor: pageParam, limit: options.limit }), signal),
    getNextPageParam: (last) => last.next_cursor,
    ...(options.refetchInterval ? { refetchInterval: options.refetchInterval } : {}),
  });
  return {
    items: q.data?.pages.flatMap((p) => p.items) ?? [],
    hasMore: q.hasNextPage,
    loadMore: () => void q.fetchNextPage(),
    loadingMore: q.isFetchingNextPage,
    isLoading: q.isLoading,
    error: q.error,
    refetch: () => void q.refetch(),
  };
}
