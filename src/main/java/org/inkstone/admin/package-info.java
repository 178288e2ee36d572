/** Editorial admin endpoints (rebuild, withdraw, picks); they act through other features' services. */
package org.inkstone.admin;
