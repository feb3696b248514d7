import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { toInvitationModel } from '@brobygger/api/accounts';
import { CurrentRequest, type RequestContext, Roles } from '@brobygger/api/util';
import { AssociationRegistrationService } from './association-registration.service';
import { toAssociationProfileModel } from './catalogue.mapper';
import { AssociationRegistrationModel, RegisterAssociationInput } from './dto/association-registration.models';

@Resolver()
export class AssociationRegistrationResolver {
  constructor(private readonly registrations: AssociationRegistrationService) {}

  @Roles('coordinator', 'administrator')
  @Mutation(() => AssociationRegistrationModel, {
    description: 'Registers a new association of the municipality and, if given, invites its first representative.',
  })
  async registerAssociation(
    @Args('input') input: RegisterAssociationInput,
    @CurrentRequest() request: RequestContext,
  ): Promise<AssociationRegistrationModel> {
    const { association, invitation } = await this.registrations.register(request, input);
    return {
      association: toAssociationProfileModel(association),
      invitation: invitation ? toInvitationModel(invitation) : null,
    };
  }
}
