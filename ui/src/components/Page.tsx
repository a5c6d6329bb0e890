import { useEffect, type ReactNode } from 'react';
import { Box, Stack, Typography } from '@mui/material';

/** A page: one h1 (also the window title), an optional line under it and the page's actions on the right. */
export function Page({ title, subtitle, actions, children }:
                     { title: string; subtitle?: ReactNode; actions?: ReactNode; children: ReactNode }) {
  useEffect(() => {
    document.title = `${title} · Grantline`;
  }, [title]);
  return (
    <Box>
      <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: "flex-start", justifyContent: "space-between" }}>
        <Box>
          <Typography variant="h4" component="h1">{title}</Typography>
          {subtitle && <Typography color="text.secondary">{subtitle}</Typography>}
        </Box>
        {actions && <Stack direction="row" spacing={1}>{actions}</Stack>}
      </Stack>
      {children}
    </Box>
  );
}
