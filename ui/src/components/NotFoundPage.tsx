import { Link as RouterLink } from 'react-router-dom';
import { Link, Typography } from '@mui/material';
import { Page } from './Page';

export function NotFoundPage() {
  return (
    <Page title="Page not found">
      <Typography>There is no page at this address. <Link component={RouterLink} to="/catalog">Go to the catalog</Link>.</Typography>
    </Page>
  );
}
