import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Response } from 'express';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { inTenantTransaction } from '@brobygger/api/database';
import { MailService } from '@brobygger/api/mail';
import {
  AccessErrorReason,
  CurrentRequest,
  DomainError,
  Public,
  type RequestContext,
  type Role,
  Roles,
  type SignedInAccount,
} from '@brobygger/api/util';
import { ACCOUNTS_OPTIONS, type AccountsOptions, SESSION_COOKIE } from './accounts.options';
import { AccountsService, type PendingInvitation } from './accounts.service';
import {
  AccountModel,
  CoordinatorModel,
  InvitationModel,
  InviteAccountInput,
  OutboxEmailModel,
  RoleModel,
  SignUpInput,
} from './dto/account.models';
import { SessionsService } from './sessions.service';

const EVERY_ROLE: [Role, ...Role[]] = ['administrator', 'coordinator', 'volunteer', 'association-representative'];

function toAccountModel(account: SignedInAccount): AccountModel {
  return {
    id: account.id,
    email: account.email,
    displayName: account.displayName,
    roles: [...account.roles] as RoleModel[],
  };
}

/** Entity → GraphQL: the invitation's secret token never leaves the API, only its id. */
export function toInvitationModel(invitation: PendingInvitation): InvitationModel {
  return { ...invitation, role: invitation.role as RoleModel };
}

@Resolver()
export class AccountsResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly sessions: SessionsService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ACCOUNTS_OPTIONS) private readonly options: AccountsOptions,
    private readonly mail: MailService,
  ) {}

  @Roles(...EVERY_ROLE)
  @Query(() => AccountModel, { description: 'The signed-in account.' })
  me(@CurrentRequest() request: RequestContext): AccountModel {
    return toAccountModel(request.account as SignedInAccount);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'A volunteer signs up; a confirmation link is emailed.' })
  async signUp(@Args('input') input: SignUpInput, @CurrentRequest() request: RequestContext): Promise<boolean> {
    await this.accounts.signUpVolunteer(input, request.municipalityId);
    return true;
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Confirms an email address with the emailed link’s token.' })
  async confirmEmail(@Args('token') token: string): Promise<boolean> {
    await this.accounts.confirmEmail(token);
    return true;
  }

  @Public()
  @Mutation(() => AccountModel, { description: 'Signs in and sets the session cookie.' })
  async signIn(
    @Args('email') email: string,
    @Args('password') password: string,
    @CurrentRequest() request: RequestContext,
    @Context('res') res: Response,
  ): Promise<AccountModel> {
    const result = await this.accounts.signIn(email, password, request.ip);
    res.cookie(SESSION_COOKIE, result.sessionToken, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.options.secureCookies,
      path: '/',
      expires: result.sessionExpiresAt,
    });
    return toAccountModel(result.account);
  }

  @Roles(...EVERY_ROLE)
  @Mutation(() => Boolean, { description: 'Ends this session.' })
  async signOut(@CurrentRequest() request: RequestContext, @Context('res') res: Response): Promise<boolean> {
    await this.sessions.revoke((request.account as SignedInAccount).sessionId);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  @Roles(...EVERY_ROLE)
  @Mutation(() => Boolean, { description: 'Ends every session of this account, on every device.' })
  async signOutEverywhere(@CurrentRequest() request: RequestContext, @Context('res') res: Response): Promise<boolean> {
    await this.accounts.signOutEverywhere(request.account as SignedInAccount);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Emails a reset link if the address has an account; answers the same either way.',
  })
  async requestPasswordReset(@Args('email') email: string): Promise<boolean> {
    await this.accounts.requestPasswordReset(email);
    return true;
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Sets a new password with the emailed link’s token; signs out everywhere.' })
  async resetPassword(@Args('token') token: string, @Args('password') password: string): Promise<boolean> {
    await this.accounts.resetPassword(token, password);
    return true;
  }

  @Roles('administrator', 'coordinator')
  @Mutation(() => Boolean, {
    description:
      'Invites a coordinator, administrator or association representative by email. Coordinators invite only representatives; a representative is invited for an association (associationId).',
  })
  async inviteAccount(
    @Args('input') input: InviteAccountInput,
    @CurrentRequest() request: RequestContext,
  ): Promise<boolean> {
    await this.accounts.invite(request.account as SignedInAccount, { ...input, role: input.role as Role });
    return true;
  }

  @Roles('administrator', 'coordinator')
  @Query(() => [InvitationModel], {
    description: 'Invitations of the municipality not yet accepted nor expired, of the roles the caller may invite.',
  })
  async pendingInvitations(@CurrentRequest() request: RequestContext): Promise<InvitationModel[]> {
    return (await this.accounts.pendingInvitations(request.account as SignedInAccount)).map(toInvitationModel);
  }

  @Public()
  @Mutation(() => RoleModel, {
    description:
      'The invited person chooses a password and gets the role (a representative is linked to the association); answers the role.',
  })
  async acceptInvitation(@Args('token') token: string, @Args('password') password: string): Promise<RoleModel> {
    return (await this.accounts.acceptInvitation(token, password)) as RoleModel;
  }

  @Roles('coordinator')
  @Query(() => [CoordinatorModel], {
    description: 'The municipality’s coordinators, by name: who can be a participant’s contact person.',
  })
  async coordinators(@CurrentRequest() request: RequestContext): Promise<CoordinatorModel[]> {
    // Accounts have no row-level security (sign-in looks them up before the tenant is known).
    return inTenantTransaction(this.dataSource, request.municipalityId, (manager) =>
      manager.query(
        `SELECT a.id, a.display_name AS "displayName"
           FROM account a JOIN account_role r ON r.account_id = a.id
          WHERE a.municipality_id = $1 AND r.role = 'coordinator' AND a.password_hash IS NOT NULL
          ORDER BY a.display_name, a.id`,
        [request.municipalityId],
      ),
    );
  }

  /**
   * Demo mode only. Elsewhere it answers as if it were not there: no copies are kept, and old ones
   * (from a database that once ran the demo) are never shown: they hold reset and invitation links.
   */
  @Roles('administrator')
  @Query(() => [OutboxEmailModel], {
    description: 'Demo mode only: the newest emails the app sent in this municipality (NOT_FOUND otherwise).',
  })
  async demoOutbox(@CurrentRequest() request: RequestContext): Promise<OutboxEmailModel[]> {
    const copies = await this.mail.demoOutbox(request.municipalityId);
    if (!copies)
      throw new DomainError('NOT_FOUND', AccessErrorReason.NOT_FOUND, 'There is no demo outbox on this installation');
    return copies;
  }
}
