#include "practicemodel.h"
