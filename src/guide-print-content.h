/* guide-print-content.h - what the guide prints, as printable documents
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "guide-content.h"
#include "guide-print-document.h"
#include "guide-therapy.h"
#include "guide-visit-summary.h"

G_BEGIN_DECLS

GuidePrintDocument *guide_print_content_visit         (GuideContent        *content,
                                                       GuideVisitSummary   *summary);
char               *guide_print_content_visit_name    (GuideVisitSummary   *summary);
GuidePrintDocument *guide_print_content_article       (GuideContent        *content,
                                                       GuideTopic          *topic,
                                                       const GuideDocument *document);
char               *guide_print_content_article_name  (GuideTopic          *topic);
GuidePrintDocument *guide_print_content_therapy       (GuideContent        *content,
                                                       GuideTherapy        *therapy);
char               *guide_print_content_therapy_label (GuideTherapy        *therapy);

G_END_DECLS
