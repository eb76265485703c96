#ifndef DOCLOC_CLIBXML2_SHIM_H
#define DOCLOC_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian's libxml2 is built with ICU; its headers would then pull in ICU's, whose enums clash with the copy
   of ICU that Foundation ships (_FoundationICU). docloc uses no ICU-specific libxml2 API, so hide it. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlreader.h>
#endif
