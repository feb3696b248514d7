import { Query, Resolver } from '@nestjs/graphql';
import { CurrentRequest, Public, type RequestContext } from '@brobygger/api/util';
import { ActivityModel, LanguageModel, LocalityModel, TextDirection } from './dto/reference-data.models';
import { ReferenceDataService } from './reference-data.service';

@Resolver()
export class ReferenceDataResolver {
  constructor(private readonly referenceData: ReferenceDataService) {}

  @Public()
  @Query(() => [LocalityModel], { description: 'The municipality’s towns and villages.' })
  localities(@CurrentRequest() request: RequestContext): Promise<LocalityModel[]> {
    return this.referenceData.listLocalities(request.municipalityId);
  }

  @Public()
  @Query(() => [ActivityModel], { description: 'The leisure activity taxonomy.' })
  activities(): Promise<ActivityModel[]> {
    return this.referenceData.listActivities();
  }

  @Public()
  @Query(() => [LanguageModel], { description: 'Languages newcomers commonly speak.' })
  async languages(): Promise<LanguageModel[]> {
    const languages = await this.referenceData.listLanguages();
    return languages.map((language) => ({
      ...language,
      direction: language.direction === 'rtl' ? TextDirection.RTL : TextDirection.LTR,
    }));
  }
}
