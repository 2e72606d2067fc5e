#include "demontlm.h"
