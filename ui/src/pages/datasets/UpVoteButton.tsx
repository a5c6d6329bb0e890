import { Button } from '@mui/material';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ThumbUpIcon } from './icons';
import { DATASETS_KEY, GetUpVotes, UpVote, VOTES_KEY } from './operations';

/** The up-votes of a catalog item and the signed-in user's own vote, which the button toggles. */
export function UpVoteButton({ targetType, targetUri }: { targetType: string; targetUri: string }) {
  const votes = useApiQuery([...VOTES_KEY, targetType, targetUri], GetUpVotes, { targetType, targetUri });
  const vote = useApiMutation(UpVote, { invalidates: [VOTES_KEY, DATASETS_KEY] });
  const voted = !!votes.data?.getVote?.upvote;
  const count = votes.data?.countUpVotes ?? 0;
  return (
    <>
      <Button variant={voted ? 'contained' : 'outlined'} startIcon={<ThumbUpIcon />} aria-pressed={voted}
              disabled={votes.isPending || vote.isPending}
              onClick={() => vote.mutate({ input: { targetType, targetUri, upvote: !voted } })}>
        {voted ? 'Up-voted' : 'Up-vote'} ({count})
      </Button>
      <ErrorAlert error={votes.error ?? vote.error} />
    </>
  );
}
