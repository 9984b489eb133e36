import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '@praxis/auth';
import { CommandContext, PageQuery } from '@praxis/platform';
import { CreateRequirement } from './create-requirement/create-requirement.usecase';
import { RequirementPage } from './dto/requirement-page.dto';
import { CreateRequirementDto, UpdateRequirementDto } from './dto/requirement.dto';
import { Requirement } from './requirement.entity';
import { RequirementsQueries } from './requirements.queries';
import { UpdateRequirement } from './update-requirement/update-requirement.usecase';

/** Requirements are never deleted, only deactivated: completions keep pointing at them. */
@ApiTags('training')
@Controller('api/v1/training/requirements')
export class RequirementsController {
  constructor(
    private readonly commands: CommandContext,
    private readonly requirements: RequirementsQueries,
    private readonly createRequirement: CreateRequirement,
    private readonly updateRequirement: UpdateRequirement,
  ) {}

  @RequirePermission('training:manage')
  @Post()
  create(@Body() request: CreateRequirementDto): Promise<Requirement> {
    return this.createRequirement.execute({ ...this.commands.current(), ...request });
  }

  @RequirePermission('training:read')
  @Get()
  list(@Query() page: PageQuery): Promise<RequirementPage> {
    return this.requirements.page(page);
  }

  @RequirePermission('training:read')
  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<Requirement> {
    return this.requirements.get(id);
  }

  @RequirePermission('training:manage')
  @Patch(':id')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() changes: UpdateRequirementDto): Promise<Requirement> {
    return this.updateRequirement.execute({ ...this.commands.current(), requirementId: id, changes });
  }
}
