// libxml2's HTML parser, for DictaExtract.
//
// Debian's libxml2 is built with ICU, whose headers clash with Foundation's own ICU module
// ("'UErrorCode' has different definitions in different modules"); Dicta does not use
// libxml2's ICU support, so hide it before the other headers see it.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

// Swift 6 rejects the global function pointer `xmlFree` as not concurrency-safe.
static inline void dicta_xml_free(void *p) { xmlFree(p); }

// Silence libxml2's error printing: a broken page is normal input, not an event to log.
static void dicta_xml_ignore_error(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
static inline void dicta_xml_quiet(void) {
    xmlSetGenericErrorFunc(NULL, dicta_xml_ignore_error);
}
