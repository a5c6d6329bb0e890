import type { ReactNode } from 'react';
import { Box, Button, Chip, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography }
  from '@mui/material';

/** The Teams section of an organization or an environment: its heading and the button that invites a team. */
export function TeamsSection({ titleId, onInvite, children }: {
  titleId: string;
  onInvite: () => void;
  children: ReactNode;
}) {
  return (
    <Box component="section" aria-labelledby={titleId}>
      <Stack direction="row" sx={{ mb: 1, alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography id={titleId} variant="h6" component="h2">Teams</Typography>
        <Button variant="outlined" onClick={onInvite}>Invite team</Button>
      </Stack>
      {children}
    </Box>
  );
}

/** A team's permissions, each titled with what it allows. */
export function PermissionChips({ permissions }: {
  permissions: ({ name: string; description: string } | null)[] | null | undefined;
}) {
  return (
    <Stack direction="row" useFlexGap spacing={0.5} sx={{ flexWrap: 'wrap' }}>
      {permissions?.map((permission) => permission && (
        <Chip key={permission.name} size="small" variant="outlined" label={permission.name}
              title={permission.description} />
      ))}
    </Stack>
  );
}

/**
 * The teams with access, one row each, ending in the actions on the team: the owning team's access cannot be
 * changed, so its row has none.
 */
export function TeamsTable<Team extends { groupUri?: string | null }>({ label, headers, teams, owningTeam, cells,
  onEdit, onRemove }: {
  label: string;
  /** The headers of the columns before Actions. */
  headers: string[];
  teams: (Team | null)[] | null | undefined;
  owningTeam: string;
  cells: (team: Team, groupUri: string) => ReactNode;
  onEdit: (team: Team, groupUri: string) => void;
  onRemove: (groupUri: string) => void;
}) {
  return (
    <Paper sx={{ overflowX: 'auto' }}>
      <Table aria-label={label} size="small">
        <TableHead>
          <TableRow>
            {headers.map((header) => <TableCell key={header}>{header}</TableCell>)}
            <TableCell align="right">Actions</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {teams?.map((team) => team?.groupUri && (
            <TableRow key={team.groupUri}>
              {cells(team, team.groupUri)}
              <TableCell align="right">
                {team.groupUri !== owningTeam && (
                  <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
                    <Button size="small" aria-label={`Edit permissions of ${team.groupUri}`}
                            onClick={() => onEdit(team, team.groupUri ?? '')}>
                      Edit
                    </Button>
                    <Button size="small" color="error" aria-label={`Remove ${team.groupUri}`}
                            onClick={() => onRemove(team.groupUri ?? '')}>
                      Remove
                    </Button>
                  </Stack>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Paper>
  );
}
