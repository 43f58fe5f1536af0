// nhs-explorer-layout: the process nhs-explorer lays a large graph out in, so that Cancel can
// stop Graphviz (core/processlayout.h). It reads the request on standard input.
#include "core/processlayout.h"

int main()
{
    return nhsx::runLayoutHelper();
}
