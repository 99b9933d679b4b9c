/**
 * Building blocks every module may use: ids, paging, the acting person, text normalisation, time, errors, page layout.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package org.wardops.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
