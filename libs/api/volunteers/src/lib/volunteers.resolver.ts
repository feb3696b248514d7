import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentRequest, PageArgs, type RequestContext, Roles } from '@brobygger/api/util';
import type { ChildCertificateStatus, VolunteerStatus } from '@brobygger/shared/rules';
import {
  ChildCertificateStatusModel,
  VolunteerForCoordinatorModel,
  VolunteerPageModel,
  VolunteerProfileInput,
  VolunteerProfileModel,
  VolunteerStatusModel,
} from './dto/volunteer.models';
import { type VolunteerEntity, availableForProposals } from './volunteer.entity';
import { renewalDue } from './volunteer-profile.rules';
import { VolunteersService } from './volunteers.service';

@Resolver()
export class VolunteersResolver {
  constructor(private readonly volunteersService: VolunteersService) {}

  private profile(volunteer: VolunteerEntity): VolunteerProfileModel {
    return {
      id: volunteer.id,
      firstName: volunteer.firstName,
      lastName: volunteer.lastName,
      status: volunteer.status,
      roles: volunteer.roles,
      languages: volunteer.languages,
      interests: volunteer.interests,
      localityId: volunteer.localityId,
      maxDistanceKm: volunteer.maxDistanceKm,
      availability: volunteer.availability,
      capacity: volunteer.capacity,
      gender: volunteer.gender,
      birthYear: volunteer.birthYear,
      introduction: volunteer.introduction,
      worksWithChildren: volunteer.worksWithChildren,
      rejectionReason: volunteer.rejectionReason,
      childCertificateStatus: volunteer.childCertificateStatus,
      childCertificateRequestedOn: volunteer.childCertificateRequestedOn,
      childCertificateCheckedOn: volunteer.childCertificateCheckedOn,
      childCertificateRenewalDue: renewalDue(volunteer.childCertificateCheckedOn, this.volunteersService.renewalMonths),
      trainings: volunteer.trainings,
      paused: !volunteer.leftAt && !availableForProposals(volunteer),
      pausedUntil: volunteer.pausedAt ? volunteer.pausedUntil : null,
      leftAt: volunteer.leftAt,
    };
  }

  private forCoordinator(volunteer: VolunteerEntity): VolunteerForCoordinatorModel {
    return { ...this.profile(volunteer), screeningNote: volunteer.screeningNote };
  }

  @Roles('volunteer')
  @Query(() => VolunteerProfileModel, {
    nullable: true,
    description: 'The signed-in volunteer’s own profile, if started.',
  })
  async myVolunteerProfile(@CurrentRequest() request: RequestContext): Promise<VolunteerProfileModel | null> {
    const volunteer = await this.volunteersService.mine(request);
    return volunteer ? this.profile(volunteer) : null;
  }

  @Roles('volunteer')
  @Mutation(() => VolunteerProfileModel, { description: 'Saves the sign-up wizard; submit: true applies.' })
  async saveMyVolunteerProfile(
    @Args('input') input: VolunteerProfileInput,
    @Args('submit', { type: () => Boolean, defaultValue: false }) submit: boolean,
    @CurrentRequest() request: RequestContext,
  ): Promise<VolunteerProfileModel> {
    return this.profile(await this.volunteersService.saveMine(request, input, submit));
  }

  @Roles('volunteer')
  @Mutation(() => VolunteerProfileModel, {
    description: 'Pauses new proposals until a date (ISO, proposals again from then) or until resumed.',
  })
  async pauseMyVolunteering(
    @Args('until', { type: () => String, nullable: true }) until: string | null,
    @CurrentRequest() request: RequestContext,
  ): Promise<VolunteerProfileModel> {
    return this.profile(await this.volunteersService.pauseMine(request, until));
  }

  @Roles('volunteer')
  @Mutation(() => VolunteerProfileModel, { description: 'Ends a pause: new proposals again.' })
  async resumeMyVolunteering(@CurrentRequest() request: RequestContext): Promise<VolunteerProfileModel> {
    return this.profile(await this.volunteersService.resumeMine(request));
  }

  @Roles('volunteer')
  @Mutation(() => VolunteerProfileModel, {
    description: 'Leaves the programme; the coordinators are emailed which matches in progress need attention.',
  })
  async leaveVolunteering(@CurrentRequest() request: RequestContext): Promise<VolunteerProfileModel> {
    return this.profile(await this.volunteersService.leaveMine(request));
  }

  @Roles('coordinator')
  @Query(() => VolunteerPageModel, { description: 'Volunteers of the municipality, by status, a page at a time.' })
  async volunteers(
    @Args('status', { type: () => VolunteerStatusModel, nullable: true }) status: VolunteerStatus | null,
    @Args() { offset, limit }: PageArgs,
    @CurrentRequest() request: RequestContext,
  ): Promise<VolunteerPageModel> {
    const page = await this.volunteersService.list(request, status, offset, limit);
    return { ...page, items: page.items.map((v) => this.forCoordinator(v)) };
  }

  @Roles('coordinator')
  @Query(() => VolunteerForCoordinatorModel, { description: 'One volunteer of the municipality.' })
  async volunteer(
    @Args('id', { type: () => ID }) id: string,
    @CurrentRequest() request: RequestContext,
  ): Promise<VolunteerForCoordinatorModel> {
    return this.forCoordinator(await this.volunteersService.one(request, id));
  }

  @Roles('coordinator')
  @Mutation(() => VolunteerForCoordinatorModel, { description: 'applied → screened, with a short non-sensitive note.' })
  async screenVolunteer(
    @Args('id', { type: () => ID }) id: string,
    @Args('note', { type: () => String, defaultValue: '' }) note: string,
    @CurrentRequest() request: RequestContext,
  ): Promise<VolunteerForCoordinatorModel> {
    return this.forCoordinator(await this.volunteersService.screen(request, id, note));
  }

  @Roles('coordinator')
  @Mutation(() => VolunteerForCoordinatorModel, { description: 'screened → approved.' })
  async approveVolunteer(
    @Args('id', { type: () => ID }) id: string,
    @CurrentRequest() request: RequestContext,
  ): Promise<VolunteerForCoordinatorModel> {
    return this.forCoordinator(await this.volunteersService.approve(request, id));
  }

  @Roles('coordinator')
  @Mutation(() => VolunteerForCoordinatorModel, { description: 'Rejects with a reason the volunteer sees.' })
  async rejectVolunteer(
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
    @CurrentRequest() request: RequestContext,
  ): Promise<VolunteerForCoordinatorModel> {
    return this.forCoordinator(await this.volunteersService.reject(request, id, reason));
  }

  @Roles('coordinator')
  @Mutation(() => VolunteerForCoordinatorModel, {
    description: 'Child certificate status and dates (never the certificate).',
  })
  async recordChildCertificate(
    @Args('id', { type: () => ID }) id: string,
    @Args('status', { type: () => ChildCertificateStatusModel }) status: ChildCertificateStatus,
    @Args('requestedOn', { type: () => String, nullable: true }) requestedOn: string | null,
    @Args('checkedOn', { type: () => String, nullable: true }) checkedOn: string | null,
    @CurrentRequest() request: RequestContext,
  ): Promise<VolunteerForCoordinatorModel> {
    return this.forCoordinator(
      await this.volunteersService.recordChildCertificate(request, id, { status, requestedOn, checkedOn }),
    );
  }

  @Roles('coordinator')
  @Mutation(() => VolunteerForCoordinatorModel, {
    description: 'Records a completed training, e.g. the leisure-guide intro course.',
  })
  async recordTraining(
    @Args('id', { type: () => ID }) id: string,
    @Args('name') name: string,
    @Args('completedOn') completedOn: string,
    @CurrentRequest() request: RequestContext,
  ): Promise<VolunteerForCoordinatorModel> {
    return this.forCoordinator(await this.volunteersService.recordTraining(request, id, name, completedOn));
  }
}
