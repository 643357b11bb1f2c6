#pragma once
// A fixture for the layer check: a domain/ header that reaches up into the
// store, which the build must refuse.
#include "domain/Teacher.h"
#include "store/TeacherRepository.h"
