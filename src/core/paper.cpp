#include "folio/paper.h"

namespace folio {

float paperWidthPt(Paper paper) { return paper == Paper::Letter ? 612.0f : 595.28f; }

float paperHeightPt(Paper paper) { return paper == Paper::Letter ? 792.0f : 841.89f; }

}  // namespace folio
