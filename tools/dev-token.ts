// npm run token -- <username> <ROLE> [ROLE ...]: a bearer token for this machine's services,
// signed with the development secret (or ARTBRIDGE_JWT_SECRET). Sign-in through the gateway
// replaces this for users; it stays handy for curl.
import { ROLES, Role, Tokens } from '@artbridge/platform-auth';
import { DEVELOPMENT_JWT_SECRET } from '@artbridge/platform-service';

const [username, ...roles] = process.argv.slice(2);
const unknown = roles.filter((role) => !ROLES.includes(role as Role));
if (!username || roles.length === 0 || unknown.length > 0) {
  process.stderr.write(`usage: npm run token -- <username> <${ROLES.join('|')}> ...\n`);
  process.exit(2);
}
const secret = process.env['ARTBRIDGE_JWT_SECRET'] || DEVELOPMENT_JWT_SECRET;
process.stdout.write(`${new Tokens(secret).sign({ username, roles: roles as Role[] })}\n`);
