/* guide-link.h - what a link in the guide may do
 *
 * Copyright 2026 The ROS1 Guide developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The topic that glossary:TERM links open. */
#define GUIDE_GLOSSARY_TOPIC "glossary"

typedef enum
{
  GUIDE_LINK_REFUSED,   /* any other scheme: never followed */
  GUIDE_LINK_TOPIC,     /* topic:ID or topic:ID#anchor, glossary:TERM */
  GUIDE_LINK_EXTERNAL,  /* https: and mailto:, opened outside the app */
} GuideLinkKind;

GuideLinkKind guide_link_classify (const char  *uri,
                                   char       **topic_id,
                                   char       **anchor);

G_END_DECLS
