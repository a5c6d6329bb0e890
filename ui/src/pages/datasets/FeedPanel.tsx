import { useState, type FormEvent } from 'react';
import { Button, List, ListItem, ListItemText, Paper, Stack, TextField, Typography } from '@mui/material';
import { fieldError } from '../../api/errors';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { DateTime } from '../../components/DateTime';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Pager } from '../../components/Pager';
import { QueryState } from '../../components/QueryState';
import { FEED_KEY, GetFeed, PostFeedMessage } from './operations';

const PAGE_SIZE = 10;

function PostMessageForm({ targetType, targetUri }: { targetType: string; targetUri: string }) {
  const [content, setContent] = useState('');
  const [missing, setMissing] = useState(false);
  const post = useApiMutation(PostFeedMessage, { invalidates: [FEED_KEY], onSuccess: () => setContent('') });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!content.trim()) {
      setMissing(true);
      return;
    }
    post.mutate({ targetType, targetUri, input: { content: content.trim() } });
  };
  return (
    <Stack component="form" onSubmit={submit} noValidate spacing={1} sx={{ mb: 2 }}>
      <ErrorAlert error={post.error} formFields={['content']} />
      <TextField label="Message" value={content} multiline minRows={2} required
                 onChange={(event) => { setContent(event.target.value); setMissing(false); }}
                 error={missing || !!fieldError(post.error, 'content')}
                 helperText={missing ? 'Write a message' : fieldError(post.error, 'content')} />
      <Stack direction="row" sx={{ justifyContent: 'flex-end' }}>
        <Button type="submit" variant="contained" disabled={post.isPending}>Post</Button>
      </Stack>
    </Stack>
  );
}

/** The conversation about a dataset, table or folder: its messages, newest as the API orders them, and a form. */
export function FeedPanel({ targetType, targetUri }: { targetType: string; targetUri: string }) {
  const [page, setPage] = useState(1);
  const feed = useApiQuery([...FEED_KEY, targetType, targetUri], GetFeed,
    { targetType, targetUri, filter: { page, pageSize: PAGE_SIZE } });
  return (
    <Paper sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" gutterBottom>Feed</Typography>
      <PostMessageForm targetType={targetType} targetUri={targetUri} />
      <QueryState query={feed} label="the feed">
        {({ getFeed }) => (
          <>
            <List aria-label="Feed messages">
              {getFeed?.messages?.nodes?.map((message) => message && (
                <ListItem key={message.feedMessageUri} divider>
                  <ListItemText primary={message.content}
                                secondary={<>{message.creator} · <DateTime value={message.created} /></>} />
                </ListItem>
              ))}
              {!getFeed?.messages?.nodes?.length && <ListItem>No message yet.</ListItem>}
            </List>
            <Pager count={getFeed?.messages?.count} page={page} pageSize={PAGE_SIZE} onPage={setPage} />
          </>
        )}
      </QueryState>
    </Paper>
  );
}
