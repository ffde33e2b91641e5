#include "SandboxServer.h"
// Implementation pending (sandbox work item).
