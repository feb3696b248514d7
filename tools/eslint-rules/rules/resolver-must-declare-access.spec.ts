import * as parser from '@typescript-eslint/parser';
import { type Rule, RuleTester } from 'eslint';
import { rule, RULE_NAME } from './resolver-must-declare-access';

// ESLint 9's flat RuleTester (the engine @typescript-eslint/rule-tester wraps) with the TypeScript
// parser; jest supplies the describe/it it runs the cases in.
const ruleTester = new RuleTester({
  languageOptions: {
    parser,
    parserOptions: { ecmaVersion: 2022, sourceType: 'module' },
  },
});

const missing = (kind: 'Resolver' | 'Controller', name: string) => ({
  messageId: 'missingAccess',
  data: { kind, name },
});

ruleTester.run(RULE_NAME, rule as unknown as Rule.RuleModule, {
  valid: [
    {
      name: 'resolver method with @Public()',
      code: `
        @Resolver()
        export class ReferenceDataResolver {
          @Public()
          @Query(() => [LocalityModel])
          localities() { return []; }
        }
      `,
    },
    {
      name: 'resolver methods with @Roles(...), including a field resolver and a mutation',
      code: `
        @Resolver(() => ParticipantModel)
        export class ParticipantsResolver {
          @Roles('coordinator', 'administrator')
          @Query(() => [ParticipantModel])
          participants() { return []; }

          @Roles('coordinator')
          @Mutation(() => ParticipantModel)
          createParticipant() { return null; }

          @Roles('administrator')
          @ResolveField(() => String)
          email() { return ''; }
        }
      `,
    },
    {
      name: 'class-level @Roles(...) covers every handler',
      code: `
        @Roles('administrator')
        @Resolver()
        export class AdminResolver {
          @Query(() => [UserModel])
          users() { return []; }

          @Subscription(() => UserModel)
          userChanged() { return null; }
        }
      `,
    },
    {
      name: 'class-level @Public() on a controller covers every route',
      code: `
        @Public()
        @Controller('health')
        export class HealthController {
          @Get()
          check() { return 'ok'; }
        }
      `,
    },
    {
      name: 'controller route with @Public() (member-expression decorators count too)',
      code: `
        @common.Controller('health')
        export class HealthController {
          @access.Public()
          @common.Get()
          check() { return 'ok'; }
        }
      `,
    },
    {
      name: 'non-resolver class with @Query-decorated methods is ignored',
      code: `
        @Injectable()
        export class ReferenceDataService {
          @Query(() => String)
          localities() { return []; }
        }
      `,
    },
    {
      name: 'undecorated helper methods in a resolver need no declaration',
      code: `
        @Resolver()
        export class CatalogueResolver {
          constructor(private readonly catalogue: CatalogueService) {}

          @Public()
          @Query(() => [OfferModel])
          offers() { return this.map(); }

          private map() { return []; }
        }
      `,
    },
  ],
  invalid: [
    {
      name: '@Query without declaration',
      code: `
        @Resolver()
        export class ParticipantsResolver {
          @Query(() => [ParticipantModel])
          participants() { return []; }
        }
      `,
      errors: [
        {
          message: 'Resolver method "participants" declares no access: add @Roles(...) or @Public() (deny by default).',
          line: 5,
        },
      ],
    },
    {
      name: '@ResolveField without declaration',
      code: `
        @Resolver(() => ParticipantModel)
        export class ParticipantResolver {
          @Roles('coordinator')
          @Query(() => ParticipantModel)
          participant() { return null; }

          @ResolveField(() => String)
          email() { return ''; }
        }
      `,
      errors: [missing('Resolver', 'email')],
    },
    {
      name: '@Mutation and @Subscription without declaration are both reported',
      code: `
        @Resolver()
        export class OffersResolver {
          @Mutation(() => OfferModel)
          publishOffer() { return null; }

          @Subscription(() => OfferModel)
          offerPublished() { return null; }
        }
      `,
      errors: [missing('Resolver', 'publishOffer'), missing('Resolver', 'offerPublished')],
    },
    {
      name: 'an unrelated class decorator does not grant access',
      code: `
        @UseGuards(ThrottlerGuard)
        @Resolver()
        export class ReferenceDataResolver {
          @Query(() => [LocalityModel])
          localities() { return []; }
        }
      `,
      errors: [missing('Resolver', 'localities')],
    },
    {
      name: 'controller @Get without declaration',
      code: `
        @Controller('health')
        export class HealthController {
          @Get()
          check() { return 'ok'; }
        }
      `,
      errors: [
        {
          message: 'Controller method "check" declares no access: add @Roles(...) or @Public() (deny by default).',
          line: 5,
        },
      ],
    },
    {
      name: 'controller @Post/@Delete without declaration, next to a declared @Get',
      code: `
        @Controller('files')
        export class FilesController {
          @Public()
          @Get(':id')
          download() { return null; }

          @Post()
          upload() { return null; }

          @Delete(':id')
          remove() { return null; }
        }
      `,
      errors: [missing('Controller', 'upload'), missing('Controller', 'remove')],
    },
  ],
});
