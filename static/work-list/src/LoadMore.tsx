import { Button } from '../../shared/components/Button';
import './LoadMore.css';

/** How many issues are shown, and the button for the next page when there is one. */
export function LoadMore({
  count,
  more,
  loading,
  onLoadMore,
}: {
  count: number;
  more: boolean;
  loading: boolean;
  onLoadMore: () => void;
}) {
  return (
    <div className="load-more">
      <p className="load-more__count" aria-live="polite">
        {count === 1 ? '1 issue shown' : `${count} issues shown`}
        {more ? ', more to load' : ''}
      </p>
      {more && (
        <Button onClick={onLoadMore} aria-disabled={loading} aria-busy={loading}>
          {loading ? 'Loading…' : 'Load more'}
        </Button>
      )}
    </div>
  );
}
