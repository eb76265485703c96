#ifndef DOCLOC_CLIBXML2_SHIM_H
#define DOCLOC_CLIBXML2_SHIM_H
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlsave.h>
#endif
