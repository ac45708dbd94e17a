/* sf-model.h: the framework document model
 *
 * Copyright 2026 The Skillframe authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sf-types.h"
#include "sf-enum-types.h"
#include "sf-node.h"
#include "sf-anchor.h"
#include "sf-citation.h"
#include "sf-count-expectation.h"
#include "sf-evidence-group.h"
#include "sf-figure.h"
#include "sf-framework.h"
#include "sf-level.h"
#include "sf-occupation.h"
#include "sf-onet.h"
#include "sf-rule-setting.h"
#include "sf-scale.h"
#include "sf-section.h"
#include "sf-source.h"
#include "sf-statement.h"
#include "sf-validation.h"
