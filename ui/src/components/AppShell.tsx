import type { ReactNode } from 'react';
import { NavLink, Outlet } from 'react-router-dom';
import { AppBar, Box, Button, Divider, Drawer, Link, List, ListItemButton, ListItemText, ListSubheader, Toolbar,
  Typography } from '@mui/material';
import { useAuth } from '../auth/AuthProvider';
import { NotificationBell } from '../pages/notifications/NotificationBell';

const DRAWER_WIDTH = 232;

interface NavEntry {
  to: string;
  label: string;
  adminOnly?: boolean;
}

const SECTIONS: { title: string; entries: NavEntry[] }[] = [
  { title: 'Discover', entries: [{ to: '/catalog', label: 'Catalog' }, { to: '/glossaries', label: 'Glossaries' }] },
  { title: 'Contribute', entries: [
    { to: '/organizations', label: 'Organizations' },
    { to: '/environments', label: 'Environments' },
    { to: '/datasets', label: 'Datasets' },
    { to: '/shares', label: 'Shares' },
  ] },
  { title: 'Govern', entries: [
    { to: '/governance', label: 'Governance history' },
    { to: '/operations/saga-runs', label: 'Saga runs' },
    { to: '/operations/webhooks', label: 'Webhooks', adminOnly: true },
    { to: '/administration/tenant', label: 'Tenant permissions', adminOnly: true },
  ] },
];

function Navigation({ isAdmin }: { isAdmin: boolean }) {
  return (
    <Box component="nav" aria-label="Main">
      {SECTIONS.map((section) => (
        <List key={section.title} dense subheader={<ListSubheader component="div">{section.title}</ListSubheader>}>
          {section.entries.filter((entry) => isAdmin || !entry.adminOnly).map((entry) => (
            <ListItemButton key={entry.to} component={NavLink} to={entry.to}
                            sx={{ '&.active': { bgcolor: 'action.selected', fontWeight: 600 } }}>
              <ListItemText primary={entry.label} />
            </ListItemButton>
          ))}
        </List>
      ))}
    </Box>
  );
}

/** Every signed-in page: the bar (bell, who you are), the navigation, and the page in <main>. */
export function AppShell({ children }: { children?: ReactNode }) {
  const { session, isAdmin, signOut } = useAuth();
  return (
    <Box sx={{ display: 'flex' }}>
      <Link href="#main" sx={{ position: 'absolute', left: -9999, '&:focus': { left: 8, top: 8, zIndex: 2000,
        bgcolor: 'background.paper', p: 1 } }}>Skip to content</Link>
      <AppBar position="fixed" sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
        <Toolbar>
          <Typography variant="h6" component="div" sx={{ flexGrow: 1 }}>Grantline</Typography>
          <NotificationBell />
          <Typography sx={{ mx: 2 }} aria-label="Signed in as">
            {session?.username}{session?.groups.length ? ` (${session.groups.join(', ')})` : ''}
          </Typography>
          <Button color="inherit" onClick={signOut}>Sign out</Button>
        </Toolbar>
      </AppBar>
      <Drawer variant="permanent" sx={{ width: DRAWER_WIDTH, flexShrink: 0,
        '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box' } }}>
        <Toolbar />
        <Divider />
        <Navigation isAdmin={isAdmin} />
      </Drawer>
      <Box component="main" id="main" tabIndex={-1} sx={{ flexGrow: 1, p: 3, minWidth: 0 }}>
        <Toolbar />
        {children ?? <Outlet />}
      </Box>
    </Box>
  );
}
