/**
 * The demo data set: Ho Chi Minh City's working groups, departments, people and accounts telling the story of
 * working group no. 15 and the wards Xóm Chiếu, Khánh Hội and Vĩnh Hội. Active only in the demo profile.
 */
@ApplicationModule(displayName = "Demo", allowedDependencies = {"directory", "access", "tasks", "reporting", "supervision",
        "difficulties", "indicators", "capacity", "citizensupport", "practices", "training"})
@NullMarked
package org.wardops.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
